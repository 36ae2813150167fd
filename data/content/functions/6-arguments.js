function formatPrice(cents, currency) { //@ fn
  return `${(cents / 100).toFixed(2)} ${currency}`; //@ body
}

console.log(formatPrice(1999, "EUR")); //@ ok
console.log(formatPrice(1999)); // no error: currency is undefined //@ missing
