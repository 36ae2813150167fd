const users = [ //@ users
  { id: 1, name: "Ada" },
  { id: 2, name: "Grace" },
];

for (const id of [2, 3]) { //@ loop
  const found = users.find((u) => u.id === id); //@ find
  if (found !== undefined) { //@ some
    console.log(found.name); //@ name
  } else { //@ none
    console.log(`no user with id ${id}`); //@ missing
  }
}
