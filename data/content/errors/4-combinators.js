function loadConfig(name) { //@ fn
  if (name === "app.toml") return Promise.resolve({ port: 8080 }); //@ ok
  return Promise.reject(new Error(`missing ${name}`)); //@ err
}

async function main() {
  for (const name of ["app.toml", "other.toml"]) { //@ loop
    const port = await loadConfig(name) //@ call
      .then((config) => config.port) //@ map
      .catch((err) => { //@ fallback
        console.log(`using default: ${err.message}`); //@ say
        return 3000; //@ default
      });
    console.log(port); //@ print
  }
}

main();
