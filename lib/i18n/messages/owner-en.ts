// The owner's pages (/owner, its reports and work orders) and "My notifications", in English.
// Owners have no language setting: their pages speak the visitor's language (the switch's cookie,
// else the browser's Accept-Language: lib/i18n/server.ts), like the tenant's QR pages.
// Spread into en.ts; owner-es.ts has the same keys.
export const ownerEn = {
  "ownerPage.title": "My properties",
  "ownerPage.lead": "Read-only: your manager runs the work; you approve costs from the emailed links.",
  "ownerPage.waiting": "Waiting for your approval",
  "ownerPage.nothingWaiting": "Nothing is waiting for you.",
  "ownerPage.waitingLine": "{description} · waiting {age} · use the link in your email to approve or decline",
  "ownerPage.noWork": "No open or recent work.",
  "ownerPage.onHold": "On hold",
  "ownerPage.categoryUnit": "{category}, unit {unit}",
  "ownerPage.unassigned": "Unassigned",
  "ownerPage.age": "{age} old",
  "ownerPage.spend": "Spend by property and month",
  "ownerPage.downloadCsv": "Download CSV",
  "ownerPage.col.month": "Month",
  "ownerPage.col.property": "Property",
  "ownerPage.col.jobs": "Jobs",
  "ownerPage.col.spend": "Spend",
  "ownerPage.noSpend": "No completed work with a cost yet.",
  "ownerReports.title": "Reports on my properties",
  "ownerReports.lead":
    "How quickly and how well the work on your properties gets done, and what it costs. Each number says how it is measured.",
  "ownerWo.metaTitle": "Work order",
  "ownerWo.title": "Work order #{number}",
  "ownerWo.onHold": "On hold: {reason}",
  "ownerWo.problem": "Problem",
  "ownerWo.where": "Where",
  "ownerWo.vendor": "Vendor",
  "ownerWo.appointment": "Appointment",
  "ownerWo.actualCost": "Actual cost",
  "ownerWo.estimates": "Estimates",

  // My notifications (staff and technicians)
  "myNotifs.title": "My notifications",
  "myNotifs.lead": "New requests, tenants' messages, SLA alerts and your jobs reach you here. Emails go to",
  "myNotifs.optedOut":
    "Texts to {phone} are off: that number replied STOP. Choosing texts again and saving turns them back on.",
  "myNotifs.how": "How should we reach you?",
  "myNotifs.howHint":
    "Texts that can wait hold until the organisation's quiet hours end; emergencies and missed deadlines are texted at any hour.",
  "myNotifs.EMAIL": "Email only",
  "myNotifs.SMS": "Texts only",
  "myNotifs.BOTH": "Email and texts",
  "myNotifs.phone": "Mobile number for texts",
  "myNotifs.phoneHint": "International format: + and the country code, e.g. +15551234567. Leave empty for email only.",
  "myNotifs.language": "Language of your messages",
  "myNotifs.saving": "Saving…",
  "myNotifs.save": "Save my notifications",
  "myNotifs.saved": "Saved: your next messages follow these choices.",
} as const;
