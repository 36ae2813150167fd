function countVowels(text) { //@ fn
  return [...text].filter((c) => "aeiou".includes(c)).length; //@ count
}

const title = "ownership and borrowing"; //@ make

// Strings are immutable primitive values in JavaScript: countVowels receives
// the same value, and nothing it does can change what title holds.
console.log(countVowels(title)); //@ call
console.log(title); //@ print
