function run(argv) {
  const [command, ...rest] = argv.slice(1); //@ parse
  switch (command) { //@ match
    case "count": //@ count
      return "counting lines, words and bytes"; //@ countmsg
    case "top": { //@ top
      const n = rest[0] === "-n" ? Number(rest[1]) : 3; //@ n
      return `showing the top ${n} words`; //@ topmsg
    }
    default:
      throw new Error(`unknown command: ${command}`);
  }
}

for (const argv of [["tally", "count"], ["tally", "top", "-n", "5"], ["tally", "top"]]) { //@ loop
  console.log(run(argv)); //@ print
}
