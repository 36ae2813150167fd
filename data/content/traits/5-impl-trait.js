class Dog { //@ dog
  speak() { //@ speak
    return "Woof";
  }
}

// The caller only relies on speak() being there.
function defaultPet() { //@ ret
  return new Dog(); //@ make
}

function chorus(pet, times) { //@ arg
  return Array(times).fill(pet.speak()).join(" "); //@ body
}

console.log(chorus(defaultPet(), 3)); //@ print
