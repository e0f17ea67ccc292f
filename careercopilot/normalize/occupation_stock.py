"""Inventory, stock and supply titles O*NET files under production planning (data of ``normalize.occupations``;
issue 11, fam90).

O*NET 43-5061 Production, Planning, and Expediting Clerks lists, beside production schedulers and expediters,
titles whose work is keeping stock: "Inventory Control Specialist", "Inventory Coordinator", "Materials
Coordinator", "Materials Clerk", and the Army's own supply titles ("Unit Supply Specialist", "Automated
Logistical Specialist"). This project files 43-5061 under manufacturing (production planners), so a warehouse's
or a supply room's inventory specialist was read as manufacturing (blind13 m14: a 92Y supply sergeant asking for
"Inventory Control Specialist" / "Materials Coordinator"). The published family definitions put
"Warehouse/stock/inventory" in logistics/supply chain (``benchmarks/data/issue11/families.md``), and the labeled
postings agree ("Inventory Control Associate", "Supply Clerk": logistics). These titles are read as 43-5071
Shipping, Receiving, and Inventory Clerks (logistics); production scheduling, MRP and materials planning titles
stay production planning (manufacturing).
"""

from __future__ import annotations

__all__ = ["STOCK_CODE", "STOCK_TITLES"]

#: O*NET 43-5071 Shipping, Receiving, and Inventory Clerks.
STOCK_CODE = "43-5071.00"
#: Normalized titles (``occupations.normalize_title`` forms) of stock-keeping work → :data:`STOCK_CODE`.
STOCK_TITLES: dict[str, str] = dict.fromkeys((
    "inventory control specialist", "inventory control coordinator", "inventory controller", "inventory coordinator",
    "inventory management specialist", "inventory technician", "inventory control technician",
    "materials coordinator", "materials clerk", "materials control clerk",
    "material control clerk", "materials controller", "materials requisitioner", "materials worker",
    "unit supply specialist", "automated logistical specialist", "customer supply coordinator",
), STOCK_CODE)
