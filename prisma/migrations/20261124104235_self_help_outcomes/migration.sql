-- CreateTable
CREATE TABLE "SelfHelpOutcome" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "unitId" TEXT,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfHelpOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SelfHelpOutcome_orgId_createdAt_idx" ON "SelfHelpOutcome"("orgId", "createdAt");

-- CreateIndex
CREATE INDEX "SelfHelpOutcome_categoryId_idx" ON "SelfHelpOutcome"("categoryId");

-- AddForeignKey
ALTER TABLE "SelfHelpOutcome" ADD CONSTRAINT "SelfHelpOutcome_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

