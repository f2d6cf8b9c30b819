"""Time zones, slots and calendar files: shared working hours, the slot search, .ics in and out.

Pure: `overlap` and `slots` use only the standard library and zoneinfo; the `.ics` reader and
writer (`busy`, `ics`) import icalendar and recurring-ical-events when they run.
"""
