function loadDefault() { //@ load
  console.log("  (computing the default)"); //@ log
  return 14; //@ ret
}

// Like any function argument, the fallback is computed before the call.
function orDefault(value, fallback) { //@ helper
  return value ?? fallback; //@ helperbody
}

const size = 12; //@ size

// ?? evaluates its right side only when the left side is missing.
console.log("lazy:", size ?? loadDefault()); //@ lazy
console.log("eager:", orDefault(size, loadDefault())); //@ eager
