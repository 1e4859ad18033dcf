/** Dutch strings of the report's print and download buttons. */
export const reportActionMessages = {
  label: "Rapportage afdrukken of downloaden",
  print: "Afdrukken of opslaan als pdf",
  download: "Download alle figuren (Excel)",
  downloading: "Bezig met downloaden…",
  downloaded: (fileName: string) => `${fileName} is gedownload.`,
  downloadFailed: "Het downloaden is niet gelukt. Probeer het opnieuw.",
} as const;
