"""The writing copilot's pure core (no database, no network): grounding checks, the
untrusted-posting sanitizer, prompts and the offline writer. Services in
``careercopilot.services.writing`` put them to work."""
