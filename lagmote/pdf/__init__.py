"""PDF documents for the team and the family, drawn with reportlab's platypus.

- :mod:`lagmote.pdf.common`: the font (found on this machine, with æ, ø, å and Arabic),
  Oslo kommune's colours, the paragraph styles, the A4 page with its footer, and the
  two-pass build that knows the page count ("side X av Y").
- :mod:`lagmote.pdf.arabic`: joining and ordering Arabic letters, which reportlab does not.
- :mod:`lagmote.pdf.minutes_pdf`: «Referat fra lagmøte».
- :mod:`lagmote.pdf.evaluation_pdf`: «Jevnlig evaluering», the latest completed evaluation.

The modules return bytes; the caller logs the export and writes the file with
:func:`lagmote.private_file.write_private`.
"""
