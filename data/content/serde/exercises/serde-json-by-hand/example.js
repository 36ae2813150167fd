const assert = require("node:assert");

// What JSON.stringify produces for this shape, written out by hand.
function quote(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function userToJson(user) {
  const fields = [`"name":${quote(user.name)}`, `"age":${user.age}`];
  if (user.email !== undefined) {
    fields.push(`"email":${quote(user.email)}`);
  }
  return `{${fields.join(",")}}`;
}

assert.strictEqual(userToJson({ name: "Ferris", age: 7 }), '{"name":"Ferris","age":7}');
assert.strictEqual(
  userToJson({ name: "Ada", age: 36, email: "ada@example.org" }),
  '{"name":"Ada","age":36,"email":"ada@example.org"}',
);
assert.strictEqual(userToJson({ name: 'The "Crab"', age: 1 }), '{"name":"The \\"Crab\\"","age":1}');
assert.strictEqual(userToJson({ name: "C:\\crabs", age: 2 }), '{"name":"C:\\\\crabs","age":2}');

// The hand-written version agrees with JSON.stringify on these cases.
const ada = { name: "Ada", age: 36, email: "ada@example.org" };
assert.strictEqual(userToJson(ada), JSON.stringify(ada));
