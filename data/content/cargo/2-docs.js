/**
 * Adds up the prices of a shopping cart, in cents.
 *
 * @param {number[]} prices - the price of each item
 * @returns {number} the total
 * @example
 * total([250, 199]); // 449
 */
function total(prices) {
  return prices.reduce((sum, price) => sum + price, 0);
}

console.log(total([250, 199]));
