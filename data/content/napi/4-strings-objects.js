// The JavaScript that the addon replaces: same names, same results.
function wordStats(text) { //@ stats
  let longest = ""; //@ longest
  let words = 0; //@ words
  for (const word of text.split(/\s+/).filter(Boolean)) { //@ loop
    words++; //@ count
    if (word.length > longest.length) longest = word; //@ compare
  }
  return { words, longest }; //@ object
}

function shout(text) { //@ shout
  return `${text.toUpperCase()}!`; //@ upper
}

console.log(wordStats("the quick brown fox"));
console.log(shout("hello"));
