function addItem(list, item) { //@ fn
  list.push(item); //@ push
  return list; //@ ret
}

let list = ["bread"]; //@ make
list = addItem(list, "milk"); //@ call1
list = addItem(list, "eggs"); //@ call2
console.log(list.join(", ")); //@ print
