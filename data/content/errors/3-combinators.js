function loadConfig(name) {
  if (name === "app.toml") return Promise.resolve({ port: 8080 });
  return Promise.reject(new Error(`missing ${name}`));
}

async function main() {
  for (const name of ["app.toml", "other.toml"]) {
    const port = await loadConfig(name)
      .then((config) => config.port)
      .catch((err) => {
        console.log(`using default: ${err.message}`);
        return 3000;
      });
    console.log(port);
  }
}

main();
