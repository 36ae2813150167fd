// By hand, with the defaults and both spellings of each option.
function parse(argv) { //@ parse
  const cli = { top: 3, lines: false, file: null }; //@ defaults
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-t" || arg === "--top") cli.top = Number(args[++i]); //@ top
    else if (arg === "-l" || arg === "--lines") cli.lines = true; //@ lines
    else cli.file = arg; //@ file
  }
  return cli;
}

for (const argv of [["tally", "--top", "2", "notes.txt"], ["tally", "-l"]]) { //@ loop
  const cli = parse(argv); //@ call
  console.log(`top=${cli.top} lines=${cli.lines} file=${cli.file ?? "stdin"}`); //@ print
}
