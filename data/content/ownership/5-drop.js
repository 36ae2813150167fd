function useFile() {
  const file = {
    name: "notes.txt",
    close() {
      console.log(`closing ${this.name}`);
    },
  };
  try {
    console.log(`using ${file.name}`);
  } finally {
    file.close(); // cleanup is your job; the garbage collector will not do it
  }
}

useFile();
console.log("done");
