"""The one-page negotiation brief and the customer's value statement.

``compose`` turns domain data into plain dataclasses (no ReportLab);
``render`` turns those into a PDF (no database).
"""
