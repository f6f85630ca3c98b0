-- Runs after citeproc: the hidden citations casepub adds at a figure's first mention have
-- done their job (numbering the caption's references there) and must not be printed.
function Span(el)
  if el.classes:includes("cp-hidden") then
    return {}
  end
end
