function addTopping(list, topping) {
  list.push(topping); // any function holding the array can change it
}

const toppings = ["cheese"];
addTopping(toppings, "basil");
addTopping(toppings, "olives");

console.log(toppings.join(", "));
