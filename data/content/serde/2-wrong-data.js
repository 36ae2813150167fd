const messages = [ //@ inputs
  '{ "name": "Ferris", "age": "7" }', //@ wrongtype
  '{ "name": "Ferris" }', //@ missing
];

for (const text of messages) { //@ loop
  const user = JSON.parse(text); //@ parse
  // No error: the mistake travels on into the program.
  console.log(`${user.name} next year: ${user.age + 1}`); //@ ok
}
