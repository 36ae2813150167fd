function countVowels(text) {
  return [...text].filter((c) => "aeiou".includes(c)).length;
}

const title = "ownership and borrowing";

// The function receives a reference to the same string; title is still usable.
console.log(countVowels(title));
console.log(title);
