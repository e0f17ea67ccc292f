R = []
def add(id, family, level, current_title, name, location, titles, locations, remote, salary, kind, fmt, text):
    R.append(dict(id=id, family=family, level=level, current_title=current_title, name=name, location=location,
                  titles=titles, locations=locations, remote=remote, salary=salary, kind=kind, fmt=fmt, text=text.strip("\n")))
