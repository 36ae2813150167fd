function parsePort(text) { //@ fn
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`invalid port: ${text}`); //@ err
  }
  return port; //@ ok
}

for (const input of ["8080", "http"]) { //@ loop
  try {
    console.log(`port ${parsePort(input)}`); //@ okcase
  } catch (err) {
    console.log(`error: ${err.message}`); //@ errcase
  }
}
