function parse(argv) { //@ parse
  const cli = { top: 3 }; //@ field
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "-t" || args[i] === "--top") {
      cli.top = Number(args[++i]);
      if (!Number.isInteger(cli.top) || cli.top < 0) return { error: "ValueValidation" };
    } else return { error: "UnknownArgument" };
  }
  return { cli };
}

for (const argv of [["tally", "--top", "5"], ["tally", "--top", "many"], ["tally", "--colour"]]) { //@ loop
  const { cli, error } = parse(argv); //@ try
  if (cli) console.log(`top = ${cli.top}`); //@ ok
  else console.log(`rejected: ${error}`); //@ err
}
