// The trailing comma after `true` makes this invalid JSON.
const text = '{ "port": 8080, "debug": true, }'; //@ text

try {
  const config = JSON.parse(text); //@ parse
  console.log(`listening on ${config.port}`); //@ use
} catch (err) {
  console.log(err.name);
}
