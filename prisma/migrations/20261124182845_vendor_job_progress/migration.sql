-- AlterTable
ALTER TABLE "WorkOrder" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "arrivedAt" TIMESTAMP(3),
ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "departedAt" TIMESTAMP(3);


-- Work orders already with someone: their assignment began no later than the first response.
UPDATE "WorkOrder" SET "assignedAt" = COALESCE("firstResponseAt", "createdAt")
WHERE "status" <> 'NEW' AND ("vendorId" IS NOT NULL OR "technicianId" IS NOT NULL);
