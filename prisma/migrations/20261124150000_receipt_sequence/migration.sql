-- Receipt numbers of submitted applications (issue 4, part 5): a PostgreSQL sequence hands
-- out each number exactly once, even to submissions racing each other, and never rolls back
-- (a gap after a refused or rolled-back submission is harmless; a duplicate would not be).
-- The receipt reads G-<year>-<6 digits>; Application.receiptNumber is UNIQUE as well.
-- A raw sequence has no Prisma model, so `prisma migrate status` stays up to date.
CREATE SEQUENCE application_receipt_seq AS BIGINT START WITH 1 INCREMENT BY 1 NO CYCLE;
