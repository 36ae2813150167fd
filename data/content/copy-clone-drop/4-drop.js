function openFile(name) { //@ open
  return {
    name,
    close() { //@ drop
      console.log(`closing ${this.name}`); //@ msg
    },
  };
}

function useFile() { //@ use
  const file = openFile("notes.txt"); //@ make
  try {
    console.log(`using ${file.name}`); //@ work
  } finally {
    file.close(); // cleanup is our job: the garbage collector will not do it //@ end
  }
}

useFile(); //@ call
console.log("done"); //@ done
