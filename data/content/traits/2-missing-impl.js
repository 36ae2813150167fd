function announce(item) { //@ fn
  console.log(`Now showing: ${item.describe()}`); //@ call
}

// This object has no describe() method.
const podcast = { title: "Crates weekly" }; //@ podcast

try {
  announce(podcast); //@ use
} catch (err) {
  console.log(err.message);
}
