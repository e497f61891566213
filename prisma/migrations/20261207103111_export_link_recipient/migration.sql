-- AlterTable
ALTER TABLE "ActionToken" ADD COLUMN     "recipient" TEXT;

