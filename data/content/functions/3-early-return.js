function shippingCost(totalCents, country) { //@ fn
  if (totalCents >= 5000) { //@ guard1
    return 0; // free shipping //@ ret1
  } //@ end1
  if (country !== "DE") { //@ guard2
    return 1500; //@ ret2
  } //@ end2
  return 495; //@ last
}

console.log(shippingCost(6000, "FR")); //@ call1
console.log(shippingCost(2000, "FR")); //@ call2
console.log(shippingCost(2000, "DE")); //@ call3
