-- sqlite3 peer of `pairaid totals LEDGER --by donor,year --format csv`, for compare_totals.py,
-- which replaces @LEDGER@ and @OUTPUT@ and runs `sqlite3 :memory: < this`.
--
-- Exact, with no floating point: every column is imported as TEXT, each amount is turned into
-- integer cents from its text (sign, whole part, fraction padded to two digits) and the INTEGER
-- cents are summed (SQLite's integer SUM raises "integer overflow" rather than wrap). The `bad`
-- column counts amounts this method cannot take exactly (anything but an optional leading minus,
-- digits and a point with one or two digits after it); compare_totals.py requires it to be 0 in
-- every group and drops it. Output: donor,year,currency,amount,transactions,bad, sorted.
CREATE TABLE ledger(date TEXT, donor TEXT, area TEXT, project TEXT, sector TEXT, type TEXT,
                    amount TEXT, currency TEXT, value_date TEXT);
.mode csv
.import --skip 1 '@LEDGER@' ledger
.headers on
.output '@OUTPUT@'
WITH parsed AS (
  SELECT donor, substr(date, 1, 4) AS year, currency,
         CASE WHEN substr(amount, 1, 1) = '-' THEN -1 ELSE 1 END AS sign,
         CASE WHEN substr(amount, 1, 1) = '-' THEN substr(amount, 2) ELSE amount END AS digits
  FROM ledger
), split AS (
  SELECT donor, year, currency, sign, digits, instr(digits, '.') AS point FROM parsed
), cents AS (
  SELECT donor, year, currency,
         sign * (CAST(CASE WHEN point > 0 THEN substr(digits, 1, point - 1) ELSE digits END AS INTEGER) * 100
                 + CASE WHEN point > 0 THEN CAST(substr(substr(digits, point + 1) || '00', 1, 2) AS INTEGER) ELSE 0 END)
           AS cents,
         (digits = '' OR point = 1 OR digits GLOB '*[^0-9.]*' OR digits GLOB '*.*.*'
          OR (point > 0 AND length(digits) - point NOT IN (1, 2))) AS bad
  FROM split
), totals AS (
  SELECT donor, year, currency, SUM(cents) AS cents, COUNT(*) AS transactions, SUM(bad) AS bad
  FROM cents GROUP BY donor, year, currency
)
SELECT donor, year, currency,
       (CASE WHEN cents < 0 THEN '-' ELSE '' END) || (abs(cents) / 100) || '.' || printf('%02d', abs(cents) % 100)
         AS amount,
       transactions, bad
FROM totals ORDER BY donor, year, currency;
