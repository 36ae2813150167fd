const { parseArgs } = require("node:util"); //@ use

// A fixed argument list instead of process.argv, so the output never changes.
const { values } = parseArgs({ //@ parse
  args: ["--name", "Ferris", "--times", "2"], //@ args
  options: { //@ struct
    name: { type: "string" }, //@ name
    times: { type: "string", default: "1" }, //@ times
  },
});

for (let i = 0; i < Number(values.times); i++) { //@ loop
  console.log(`Hello, ${values.name}`); //@ print
}
