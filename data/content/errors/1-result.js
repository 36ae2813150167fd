function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`invalid port: ${text}`);
  }
  return port;
}

for (const input of ["8080", "http"]) {
  try {
    console.log(`port ${parsePort(input)}`);
  } catch (err) {
    console.log(`error: ${err.message}`);
  }
}
