"""PDF documents for the team and the family, drawn with reportlab's platypus.

- :mod:`lagmote.pdf.fonts`: the font, found on this machine (with æ, ø, å and Arabic) and
  registered once.
- :mod:`lagmote.pdf.common`: Oslo kommune's colours, the paragraph styles, the A4 page with
  its footer, and the two-pass build that knows the page count ("side X av Y").
- :mod:`lagmote.pdf.marked_pages`: the same page marked «Fortrolig», for the team's documents.
- :mod:`lagmote.pdf.arabic`: joining and ordering Arabic letters, which reportlab does not.
- :mod:`lagmote.pdf.minutes_pdf`: «Referat fra lagmøte».
- :mod:`lagmote.pdf.evaluation_pdf`: «Jevnlig evaluering», the latest completed evaluation.
- :mod:`lagmote.pdf.full_plan_pdf` (with ``full_plan_tables`` and ``full_plan_radar``): the
  team's whole plan.
- :mod:`lagmote.pdf.report_pdf`: the §8 report to Velferdsetaten.
- :mod:`lagmote.pdf.sheet_pdf`: the family's plan on one page, laid out by
  ``sheet_layout`` / ``sheet_sections`` / ``sheet_text`` into ``sheet_ops``, which the
  window's preview and printing draw too.

The modules return bytes; the caller logs the export and writes the file with
:func:`lagmote.private_file.write_private`.
"""
