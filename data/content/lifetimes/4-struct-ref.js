function words(sentence) { //@ fn
  const found = [];
  sentence.split(" ").forEach((text, index) => { //@ loop
    found.push({ text, index }); //@ push
  });
  return found;
}

const sentence = "borrow do not copy"; //@ make
for (const word of words(sentence)) { //@ use
  console.log(`${word.index}: ${word.text}`); //@ print
}
