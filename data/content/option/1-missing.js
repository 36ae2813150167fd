const users = [ //@ users
  { id: 1, name: "Ada" },
  { id: 2, name: "Grace" },
];

const found = users.find((u) => u.id === 3); // undefined //@ find

try {
  console.log(found.name); // nothing stopped us from writing this //@ use
} catch (err) {
  console.log(err.constructor.name);
}
