/**
 * Adds up the prices of a shopping cart, in cents.
 *
 * @param {number[]} prices - the price of each item
 * @returns {number} the total
 * @example
 * total([250, 199]); // 449
 */
function total(prices) { //@ fn
  return prices.reduce((sum, price) => sum + price, 0); //@ body
}

module.exports = { total }; //@ pub
