-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

