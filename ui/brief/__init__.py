"""The brief and the customer's statement on screen: the PDF as it will print, saved or printed."""
