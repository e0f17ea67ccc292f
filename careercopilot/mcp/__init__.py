"""MCP server (Model Context Protocol, official ``mcp`` SDK): :mod:`.server` builds it, the
``tools_*`` modules add the tools, :mod:`.http` mounts streamable HTTP at ``/mcp``."""
