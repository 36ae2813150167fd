/**
 * @typedef {{ kind: "cash" }
 *         | { kind: "card", last4: string }
 *         | { kind: "voucher", amount: number }} Payment
 */

/** @param {Payment} payment */
function describe(payment) { //@ fn
  switch (payment.kind) { //@ match
    case "cash": //@ cash
      return "paid in cash";
    case "card": //@ card
      return `card ending in ${payment.last4}`;
    case "voucher": //@ voucher
      return payment.amount >= 50 ? "large voucher" : `voucher worth ${payment.amount}`; //@ guard,small
  }
}

const payments = [ //@ list
  { kind: "cash" }, //@ a
  { kind: "card", last4: "4242" }, //@ b
  { kind: "voucher", amount: 20 }, //@ c
  { kind: "voucher", amount: 75 }, //@ d
];
for (const p of payments) console.log(describe(p)); //@ loop
