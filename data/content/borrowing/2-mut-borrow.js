function addTopping(list, topping) { //@ fn
  list.push(topping); // any code holding the array can change it //@ push
}

function addDefaults(list) { //@ defaults
  addTopping(list, "basil"); //@ again1
  addTopping(list, "olives"); //@ again2
}

const toppings = ["cheese"]; //@ make
addDefaults(toppings); //@ call
console.log(toppings.join(", ")); //@ print
