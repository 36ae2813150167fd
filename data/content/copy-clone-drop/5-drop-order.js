function guard(name) {
  return { release: () => console.log(`release ${name}`) };
}

const db = guard("database"); //@ first
try {
  const cache = guard("cache"); //@ second
  const log = guard("log"); //@ third
  try {
    cache.release(); // released early, by hand //@ early
    console.log("work done"); //@ work
  } finally {
    log.release(); //@ end
  }
} finally {
  db.release(); //@ end
}
