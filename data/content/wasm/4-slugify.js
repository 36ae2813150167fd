function slugify(title) { //@ slug
  return title //@ body
    .toLowerCase() //@ lower
    .split(/[^a-z0-9]+/) //@ split
    .filter(Boolean) //@ filter
    .join("-"); //@ join
}

const titles = ["Hello, WebAssembly World!", "  Rust & JS: 2 languages ", "Café au lait"]; //@ titles
for (const title of titles) { //@ loop
  console.log(`${JSON.stringify(title)} -> ${slugify(title)}`); //@ print
}
