-- CreateEnum
CREATE TYPE "VendorDocumentKind" AS ENUM ('INSURANCE', 'LICENCE');

-- CreateEnum
CREATE TYPE "VendorDocumentSource" AS ENUM ('LINK', 'STAFF');

-- CreateTable
CREATE TABLE "VendorDocument" (
    "id" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "kind" "VendorDocumentKind" NOT NULL,
    "number" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedVia" "VendorDocumentSource" NOT NULL,
    "uploadedById" TEXT,

    CONSTRAINT "VendorDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VendorDocument_storageKey_key" ON "VendorDocument"("storageKey");

-- CreateIndex
CREATE INDEX "VendorDocument_vendorId_kind_uploadedAt_idx" ON "VendorDocument"("vendorId", "kind", "uploadedAt");

-- AddForeignKey
ALTER TABLE "VendorDocument" ADD CONSTRAINT "VendorDocument_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

