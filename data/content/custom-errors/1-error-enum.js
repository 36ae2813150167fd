class PortError extends Error { //@ type
  constructor(message, input) {
    super(message); //@ display
    this.name = "PortError";
    this.input = input;
  }
}

function parsePort(text) { //@ fn
  if (text === "") throw new PortError("no port given", text); //@ empty
  if (!/^\d+$/.test(text) || Number(text) > 65535) {
    throw new PortError(`"${text}" is not a port number`, text); //@ nan
  }
  return Number(text);
}

for (const input of ["8080", "", "http"]) { //@ loop
  try {
    console.log(`port ${parsePort(input)}`); //@ ok
  } catch (err) {
    if (!(err instanceof PortError)) throw err; // anything else is unexpected
    console.log(`error: ${err.message}`); //@ err
  }
}
