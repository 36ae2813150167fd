const text = '[{ "displayName": "Ferris", "avatarUrl": "crab.png" }, { "displayName": "Corro" }]'; //@ text
const users = JSON.parse(text); //@ parse

for (const user of users) { //@ loop
  // A missing key is simply undefined. //@ option
  console.log(`${user.displayName}: ${user.avatarUrl ?? "default.png"}`); //@ fallback
}

console.log(JSON.stringify(users[1])); // undefined fields are left out //@ write
